// A call stack as kd prints it (innermost first): each address runs `ln`; the
// driver's own frames and the allocation site stand out.
import { useTranslation } from 'react-i18next';
import type { StackFrameView } from '../../../../electron/contract';
import { CommandButton } from '../console/CommandButton';
import { moduleOfSymbol } from './findingSelectors';

interface StackFramesProps {
  frames: readonly StackFrameView[];
  /** Lowercase module name of the investigated driver, e.g. "mydriver". */
  driverModule: string | null;
  /** The allocation site's caller address, highlighted. */
  siteAddress?: string | null;
  label: string;
}

export function StackFrames({ frames, driverModule, siteAddress, label }: StackFramesProps) {
  const { t } = useTranslation();
  return (
    <ol className="inv-frames" aria-label={label}>
      {frames.map((frame, i) => {
        const own = driverModule !== null && moduleOfSymbol(frame.symbol) === driverModule;
        const site = siteAddress !== undefined && siteAddress !== null && frame.address === siteAddress;
        return (
          <li key={i} className={`inv-frame${own ? ' inv-frame-own' : ''}${site ? ' inv-frame-site' : ''}`}>
            <CommandButton action={{ kind: 'ln', address: frame.address }} className="mono inv-frame-address">
              {frame.address}
            </CommandButton>
            <span className="mono inv-frame-symbol" title={frame.symbol ?? undefined}>
              {frame.symbol ?? t('inv.sites.noSource')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
