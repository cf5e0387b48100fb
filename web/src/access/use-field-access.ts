import { fieldAccessFor, type FieldAccess } from '../../../src/domain/field-class-rules.ts';
import { isRole } from '../../../src/domain/roles.ts';
import { useSignedInUser } from '../auth/use-me.ts';

/**
 * What the signed-in user gets of each field class (C7.3), from the same rules the server
 * applies, so a screen offers only what the server allows (a sort by amount, say). Values
 * themselves are never decided here: the server leaves out what the reader may not see.
 */
export function useFieldAccess(): FieldAccess {
  const me = useSignedInUser();
  return fieldAccessFor(me.roles.filter(isRole), false);
}
