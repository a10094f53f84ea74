import { createReadStream } from 'node:fs';
import { parserStream, type parser } from 'stream-json';
import Assembler from 'stream-json/assembler.js';

type Token = parser.Token;

/** The record lists of a scenario file, by their place in the document. */
const LISTS = new Map([
  ['users', 'users'],
  ['csec.youth', 'youth'],
  ['childWelfare.clients', 'clients'],
  ['probation.juveniles', 'juveniles'],
  ['health.resources', 'resources'],
  ['education.students', 'students'],
  ['juvenileCourt.parties', 'parties'],
] as const);

export type ScenarioListName = typeof LISTS extends Map<string, infer Name> ? Name : never;

/** Why a scenario file could not be read as JSON: unreadable, or not JSON (the parser's words). */
export class ScenarioFileError extends Error {
  readonly code = 'SCENARIO_FILE_UNREADABLE';
}

/**
 * Reads a scenario file of any size as a stream: each record of a list (a youth, a child welfare
 * client, a FHIR resource...) is handed to `onRecord` as soon as it is read, and dropped after it.
 * Resolves with the rest of the document, its lists empty, for checking against the schema. A
 * scenario of 100,000 youth is a file of well over a gigabyte, beyond what one string can hold.
 * With `stopAfter`, reading stops once that list has been read, and resolves with `undefined`.
 */
export function streamScenarioFile(
  path: string,
  onRecord: (list: ScenarioListName, record: unknown, index: number) => void,
  stopAfter?: ScenarioListName,
): Promise<unknown> {
  let stopped = false;
  const skeleton = new Assembler();
  let list: ScenarioListName | undefined;
  let index = 0;
  let record: Assembler | undefined;
  const take = (token: Token): void => {
    if (record) {
      record.consume(token);
      if (record.done) {
        onRecord(list!, record.current, index++);
        record = undefined;
      }
      return;
    }
    if (list && token.name !== 'endArray') {
      record = new Assembler();
      take(token);
      return;
    }
    if (token.name === 'startArray') {
      const path = [...skeleton.path, skeleton.key];
      if (path.every((key) => typeof key === 'string')) list = LISTS.get(path.join('.') as never);
      index = 0;
    } else if (token.name === 'endArray') {
      stopped = list !== undefined && list === stopAfter;
      list = undefined;
    }
    skeleton.consume(token);
  };
  return new Promise((resolve, reject) => {
    const tokens = parserStream({ streamValues: false });
    const file = createReadStream(path);
    file.on('error', () => reject(new ScenarioFileError('the file cannot be read (does it exist?)')));
    tokens.on('error', (error: Error) => {
      file.destroy();
      reject(new ScenarioFileError(`it is not valid JSON: ${error.message}`));
    });
    tokens.on('data', (token: Token) => {
      if (stopped) return;
      try {
        take(token);
        if (stopped) {
          file.destroy();
          tokens.destroy();
          resolve(undefined);
        }
      } catch (error) {
        file.destroy();
        tokens.destroy();
        reject(error as Error);
      }
    });
    tokens.on('end', () =>
      skeleton.done ? resolve(skeleton.current) : reject(new ScenarioFileError('it is not valid JSON: the file ends early')),
    );
    file.pipe(tokens);
  });
}
