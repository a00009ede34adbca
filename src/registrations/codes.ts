/**
 * Diagnostic codes of the registrations stage, with what each means. Stable: tests, suppressions
 * and the site's diagnostics page use them.
 */
export const REGISTRATION_CODES = {
  'registrations-set-unterminated': 'a BTF_KFUNCS_START / BTF_SET8_START without its _END',
  'registrations-set-end-mismatch': 'an _END naming another set than the one open, or with no set open',
  'registrations-set-nested': 'a set started while another is still open',
  'registrations-set-unknown-content': 'something other than BTF_ID_FLAGS in a set body, e.g. a macro whose header was not given',
  'registrations-entry-outside-set': 'BTF_ID_FLAGS outside any set',
  'registrations-entry-malformed': 'BTF_ID_FLAGS whose arguments are not (func, NAME[, FLAG | FLAG…])',
  'registrations-call-malformed': 'a register_btf_*_id_set call whose arguments cannot be read',
  'registrations-id-set-undefined': 'an id set registered but not defined in the same file',
  'registrations-set-undefined': 'an id set whose .set names a set not defined in the same file',
  'registrations-set-unregistered': 'a kfunc set that no register call reaches and nothing else in the file uses',
  'registrations-conditional-unbalanced': 'an #else/#elif/#endif without #if, or an #if never closed',
  'registrations-kbuild-not-found': 'no Makefile line builds the object',
} as const;

export type RegistrationCode = keyof typeof REGISTRATION_CODES;
