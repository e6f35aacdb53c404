/**
 * npm run new -- <collection> <id>: writes a commented, valid skeleton for a new entry.
 * Without arguments it asks for them (in a terminal).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { contentDir } from '../src/lib/content-dir';
import { checkNewId, skeleton } from '../src/lib/skeleton';
import { baseName } from '../src/lib/validation/files';
import { todayIso } from '../src/io/validate-folder';
import { COLLECTIONS, type CollectionName } from '../src/schema/common';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail('Bitte Sammlung und Kennung angeben: npm run new -- programs mein-programm');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(question)).trim();
  rl.close();
  return answer;
}

const root = contentDir();
const [collectionArg, idArg] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const collection = (collectionArg ?? (await ask(`Sammlung (${COLLECTIONS.join(', ')}): `))) as CollectionName;
if (!COLLECTIONS.includes(collection)) fail(`Unbekannte Sammlung „${collection}“. Erlaubt sind: ${COLLECTIONS.join(', ')}.`);
const id = idArg ?? (await ask('Kennung (Dateiname ohne Endung, z. B. sprachcafe-wetzlar): '));

const ids = (c: CollectionName) => (existsSync(join(root, c)) ? readdirSync(join(root, c)).map(baseName).sort() : []);
const check = checkNewId(collection, id, new Set(ids(collection)), new Set(ids('regions')));
if (!check.ok) fail(check.message);

const known = Object.fromEntries(COLLECTIONS.map((c) => [c, ids(c)])) as Record<CollectionName, string[]>;
const file = join(root, collection, `${id}.yaml`);
mkdirSync(join(root, collection), { recursive: true });
writeFileSync(file, skeleton(collection, { id, today: todayIso(), known }), { flag: 'wx' });
console.log(`✓ Angelegt: ${file}\n  Jetzt die Felder ausfüllen und mit „npm run validate“ prüfen.`);
