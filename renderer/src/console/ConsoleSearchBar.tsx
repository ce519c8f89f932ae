// Ctrl+F search over the console's scrollback. Enter finds the next match,
// Shift+Enter the previous one, Escape closes and returns to the console.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchResults {
  index: number;
  count: number;
}

interface ConsoleSearchBarProps {
  results: SearchResults | null;
  onFindNext(query: string, incremental: boolean): void;
  onFindPrevious(query: string): void;
  onClose(): void;
}

export function ConsoleSearchBar({ results, onFindNext, onFindPrevious, onClose }: ConsoleSearchBarProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      if (ev.shiftKey) onFindPrevious(query);
      else onFindNext(query, false);
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      onClose();
    }
  };

  let summary = '';
  if (query && results) {
    if (results.count === 0) summary = t('console.findNoResults');
    else if (results.index < 0) summary = t('console.findManyResults');
    else summary = t('console.findResults', { index: results.index + 1, count: results.count });
  }

  return (
    <div className="console-search" role="search">
      <input
        ref={inputRef}
        type="search"
        className="mono"
        aria-label={t('console.findLabel')}
        placeholder={t('console.findLabel')}
        value={query}
        spellCheck={false}
        onChange={(ev) => {
          setQuery(ev.target.value);
          onFindNext(ev.target.value, true);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="search-summary" aria-live="polite">
        {summary}
      </span>
      <button type="button" className="icon-btn" aria-label={t('console.findPrevious')} title={t('console.findPrevious')} onClick={() => onFindPrevious(query)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon-btn" aria-label={t('console.findNext')} title={t('console.findNext')} onClick={() => onFindNext(query, false)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="icon-btn" aria-label={t('console.findClose')} title={t('console.findClose')} onClick={onClose}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
