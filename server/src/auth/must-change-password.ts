// While an account's one-time password is not yet replaced, the API answers only what the change-password screen
// needs: who am I, when the sign-in lapses, change the password, sign out. Anything else is refused before any resolver runs, with its own
// code so the client can send the person to that screen.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { DomainError } from '../common/errors.js';
import { translate } from '../common/messages.js';
import type { GqlContext } from '../graphql/context.js';

export const ALLOWED_WHILE_PASSWORD_MUST_CHANGE: ReadonlySet<string> = new Set(['me', 'sessionStatus', 'changePassword', 'signOut', '__typename']);

export class PasswordChangeRequiredError extends DomainError {
  readonly code = 'PASSWORD_CHANGE_REQUIRED';
  constructor() {
    super('error.passwordChangeRequired');
  }
}

/** The root fields an operation asks for, through fragments too. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

export function mustChangePasswordPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (!contextValue.actor?.mustChangePassword || !operation) return;
          if (rootFields(operation, document).every((f) => ALLOWED_WHILE_PASSWORD_MUST_CHANGE.has(f))) return;
          const err = new PasswordChangeRequiredError();
          throw new GraphQLError(translate(err.key), { originalError: err, extensions: { code: err.code, http: { status: 403 } } });
        },
      };
    },
  };
}
