/** A command id its sender already used for another procedure or another payload. */
export class CommandIdReusedError extends Error {
  constructor(readonly commandId: string) {
    super(`Command id ${commandId} was already used for another command`);
    this.name = 'CommandIdReusedError';
  }
}
