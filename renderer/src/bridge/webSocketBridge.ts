// PoolSleuthBridge over the browser-mode WebSocket (`serve`). Requests carry an id
// and are paired with their response; the socket reconnects with backoff when it
// drops. Calls made while a socket is opening wait for it; calls made while we
// wait to retry fail at once so the UI can say why instead of hanging.
import type {
  ClientRequest,
  EventListener,
  PoolSleuthBridge,
  RequestMethod,
  RequestParams,
  RequestResult,
} from '../../../electron/contract';
import { BridgeError } from './bridgeError';
import type { BridgeConnection, ConnectionAwareBridge } from './bridgeConnection';
import { reconnectDelayMs } from './reconnectBackoff';
import { parseServerMessage, validateResult } from './serverMessageParser';

/** The part of the DOM WebSocket we use; tests pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export interface WebSocketBridgeOptions {
  createSocket?: (url: string) => SocketLike;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
  random?: () => number;
  /** Where dropped (invalid) messages are reported. */
  warn?: (message: string) => void;
}

interface PendingCall {
  method: RequestMethod;
  resolve: (result: unknown) => void;
  reject: (err: Error) => void;
  /** Serialized request, kept until it is written to an open socket. */
  frame: string | null;
}

const socketOpen = 1;

export class WebSocketBridge implements PoolSleuthBridge, ConnectionAwareBridge {
  private socket: SocketLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingCall>();
  private readonly eventListeners = new Set<EventListener>();
  private readonly connectionListeners = new Set<(c: BridgeConnection) => void>();
  private state: BridgeConnection = { status: 'connecting', attempt: 0 };
  private retryTimer: unknown = null;
  private closedForGood = false;
  private readonly options: Required<WebSocketBridgeOptions>;

  constructor(
    private readonly url: string,
    options: WebSocketBridgeOptions = {},
  ) {
    this.options = {
      createSocket: options.createSocket ?? ((u) => new WebSocket(u) as unknown as SocketLike),
      setTimer: options.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
      clearTimer: options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)),
      now: options.now ?? (() => Date.now()),
      random: options.random ?? Math.random,
      warn: options.warn ?? ((m) => console.warn(`[poolsleuth bridge] ${m}`)),
    };
    this.open(0);
  }

  get connection(): BridgeConnection {
    return this.state;
  }

  invoke<M extends RequestMethod>(method: M, params: RequestParams<M>): Promise<RequestResult<M>> {
    if (this.closedForGood) return Promise.reject(new BridgeError('not-connected', 'The bridge was closed.'));
    if (this.state.status === 'waiting') {
      return Promise.reject(new BridgeError('not-connected', 'Not connected to the PoolSleuth core; reconnecting.'));
    }
    const id = this.nextId++;
    const request: ClientRequest = { type: 'request', id, method, params };
    return new Promise<RequestResult<M>>((resolve, reject) => {
      const call: PendingCall = { method, resolve: resolve as (r: unknown) => void, reject, frame: JSON.stringify(request) };
      this.pending.set(id, call);
      if (this.state.status === 'open') this.flushCall(call);
    });
  }

  onEvent(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onConnectionChange(listener: (connection: BridgeConnection) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  /** Closes the socket and stops reconnecting (page teardown, tests). */
  close(): void {
    this.closedForGood = true;
    if (this.retryTimer !== null) this.options.clearTimer(this.retryTimer);
    this.retryTimer = null;
    this.socket?.close(1000, 'closing');
    this.failAll(new BridgeError('connection-lost', 'The bridge was closed.'));
  }

  private open(attempt: number): void {
    this.setState({ status: 'connecting', attempt });
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(this.url);
    } catch (err) {
      this.options.warn(`cannot open WebSocket: ${err instanceof Error ? err.message : String(err)}`);
      this.scheduleReconnect(attempt);
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.setState({ status: 'open' });
      for (const call of this.pending.values()) this.flushCall(call);
    };
    socket.onmessage = (ev) => {
      if (this.socket === socket) this.handleFrame(ev.data);
    };
    socket.onerror = () => {
      // A close event always follows; reconnecting is handled there.
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.failAll(new BridgeError('connection-lost', 'The connection to the PoolSleuth core was lost.'));
      if (!this.closedForGood) this.scheduleReconnect(this.state.status === 'open' ? 0 : attempt + 1);
    };
  }

  private scheduleReconnect(attempt: number): void {
    const delay = reconnectDelayMs(attempt, this.options.random);
    this.setState({ status: 'waiting', attempt, retryAt: this.options.now() + delay });
    this.retryTimer = this.options.setTimer(() => {
      this.retryTimer = null;
      if (!this.closedForGood) this.open(attempt);
    }, delay);
  }

  private flushCall(call: PendingCall): void {
    if (call.frame === null || !this.socket || this.socket.readyState !== socketOpen) return;
    const frame = call.frame;
    call.frame = null;
    this.socket.send(frame);
  }

  private failAll(err: Error): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) call.reject(err);
  }

  private handleFrame(data: unknown): void {
    const message = parseServerMessage(data);
    switch (message.kind) {
      case 'invalid':
        this.options.warn(`dropped message: ${message.reason}`);
        return;
      case 'event':
        for (const listener of [...this.eventListeners]) {
          try {
            listener(message.event, message.payload);
          } catch (err) {
            this.options.warn(`event listener failed: ${err instanceof Error ? err.message : String(err)}`);
          }
        }
        return;
      case 'response': {
        if (message.id === null) {
          // The server could not read one of our requests at all; nothing to pair it with.
          this.options.warn(`server rejected a request: ${message.ok ? '' : message.error.message}`);
          return;
        }
        const call = this.pending.get(message.id);
        if (!call) {
          this.options.warn(`response for unknown request ${message.id}`);
          return;
        }
        this.pending.delete(message.id);
        if (!message.ok) {
          call.reject(new BridgeError(message.error.code, message.error.message, message.error.failure));
          return;
        }
        const checked = validateResult(call.method, message.result);
        if (checked.ok) call.resolve(checked.result);
        else call.reject(new BridgeError('invalid-response', checked.reason));
      }
    }
  }

  private setState(state: BridgeConnection): void {
    this.state = state;
    for (const listener of [...this.connectionListeners]) listener(state);
  }
}
