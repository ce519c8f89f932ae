// Public surface of the SSH transport for the core service.
export { SshTransport, type SshTransportOptions } from './sshTransport';
export { createSshTransport, defaultOpenSshKnownHostsFiles, type SshTarget, type SshTargetDependencies } from './sshTargetTransport';
export type { AuthenticationOutcome, CredentialProvider, CredentialRequest, KeyboardInteractiveRequest } from './credentialProvider';
export {
  createHostKeyVerifier,
  HostKeyError,
  type AppKnownHostsStore,
  type HostKeyDecision,
  type HostKeyPrompt,
  type HostKeyPromptRequest,
  type HostKeyVerifier,
  type RememberedHostKey,
} from './hostKeyVerifier';
export { connectWithBackoff, type BackoffOptions } from './connectWithBackoff';
export { SshConnectError, type SshFailureKind } from './sshErrors';
export type { RemoteShell } from './remoteShellQuoting';
