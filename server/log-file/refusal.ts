import { invalid } from '@/domain';

/** A file the import cannot take: a clear sentence naming the line, and nothing written (`invalid`: a 400). */
export const refuseLine = (line: number, message: string) => invalid('file', `Line ${line}: ${message}`);
