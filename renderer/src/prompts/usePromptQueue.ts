// Questions from the core (SSH host key, password…) waiting for the user, oldest
// first. Answering removes the question whether or not the core still wanted it.
import { useCallback, useEffect, useState } from 'react';
import { showTargetTextDeep, type PoolSleuthBridge, type PromptAnswer, type PromptRequest } from '../../../electron/contract';
import { subscribeEvents } from '../bridge/bridgeEvents';
import { errorMessage } from '../bridge/bridgeError';

export interface PromptQueue {
  current: PromptRequest | null;
  error: string | null;
  answer(promptId: string, answer: PromptAnswer): void;
}

export function usePromptQueue(bridge: PoolSleuthBridge): PromptQueue {
  const [queue, setQueue] = useState<PromptRequest[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () =>
      subscribeEvents(bridge, {
        // An SSH server writes keyboard-interactive prompts: shown through the sanitiser.
        'prompt.request': (raw) => {
          const request = showTargetTextDeep(raw);
          setQueue((q) => (q.some((r) => r.promptId === request.promptId) ? q : [...q, request]));
        },
      }),
    [bridge],
  );

  const answer = useCallback(
    (promptId: string, reply: PromptAnswer) => {
      setQueue((q) => q.filter((r) => r.promptId !== promptId));
      setError(null);
      // The core may have given up on the question (timeout, disconnect); say so.
      bridge.invoke('prompt.answer', { promptId, answer: reply }).catch((err: unknown) => setError(errorMessage(err)));
    },
    [bridge],
  );

  return { current: queue[0] ?? null, error, answer };
}
