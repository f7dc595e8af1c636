import { describe, expect, it } from '@jest/globals';
import { parse, type OperationDefinitionNode } from 'graphql';
import { ALLOWED_WHILE_PASSWORD_MUST_CHANGE, rootFields } from './must-change-password.js';

const fieldsOf = (source: string) => {
  const doc = parse(source);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return rootFields(op, doc);
};
const allowed = (source: string) => fieldsOf(source).every((f) => ALLOWED_WHILE_PASSWORD_MUST_CHANGE.has(f));

describe('what a person who must change their password may still ask', () => {
  it('me, sessionStatus (the expiry warning), changePassword and signOut, aliased or not', () => {
    expect(allowed('{ me { id mustChangePassword } }')).toBe(true);
    expect(allowed('{ sessionStatus { idleTimeoutSeconds expiresAt } }')).toBe(true);
    expect(allowed('mutation { changePassword(input: { currentPassword: "a", newPassword: "b", confirmPassword: "b" }) { id } }')).toBe(true);
    expect(allowed('mutation { out: signOut }')).toBe(true);
  });

  it('nothing else, also when hidden in fragments or asked next to me', () => {
    expect(fieldsOf('query { ...A } fragment A on Query { me { id } ... on Query { placements { total } } ...A }')).toEqual(['me', 'placements']);
    expect(allowed('query { ...A } fragment A on Query { placements { total } }')).toBe(false);
    expect(allowed('{ me { id } staffUsers { total } }')).toBe(false);
    expect(allowed('mutation { updateMe(input: { locale: "en" }) { id } }')).toBe(false);
  });
});
