import { addressParser } from 'postal-mime';
import type { Person } from './types.ts';

/**
 * The first mailbox of an address text (`Name <mail>`, `mail (Name)`, encoded words), if any.
 * @example toPerson('=?UTF-8?q?Toke=20H=C3=B8iland?= <toke@redhat.com>') // { name: 'Toke Høiland', email: 'toke@redhat.com' }
 */
export function toPerson(text: string): Person | undefined {
  for (const address of addressParser(text, { flatten: true })) {
    if (address.address) return { name: address.name ?? '', email: address.address };
  }
  return undefined;
}
