import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type ExecutionArgs,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { containsNul } from '../query/nul'

export interface OperationLimits {
  /** Most root fields (aliases included) one operation may select. */
  maxRootFields: number
  /** Most aliases in one document, at any depth. */
  maxAliases: number
  /**
   * Root fields this schema has but cannot serve, e.g. `verifyEmail*` when no auth collection
   * verifies email (Payload registers it anyway, and it fails on the missing token column).
   */
  unservedRootField?: (name: string) => boolean
}

function rootFieldCount(
  context: ValidationContext,
  set: SelectionSetNode,
  seen: Set<string>,
): number {
  let count = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += 1
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += rootFieldCount(context, selection.selectionSet, seen)
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = context.getFragment(selection.name.value)
      if (fragment) count += rootFieldCount(context, fragment.selectionSet, seen)
    }
  }
  return count
}

/**
 * Validation rules that keep one GraphQL request from doing the work of many: a cap on root
 * fields per operation (30 aliased `loginUser` would be 30 password checks) and on aliases per
 * document, and no NUL in string arguments or variables (Postgres text cannot hold it).
 */
export function operationLimitRules(limits: OperationLimits) {
  return (args: Pick<ExecutionArgs, 'variableValues'>): ValidationRule[] => {
    const rootFields: ValidationRule = (context): ASTVisitor => ({
      OperationDefinition(node) {
        for (const selection of node.selectionSet.selections) {
          if (selection.kind === Kind.FIELD && limits.unservedRootField?.(selection.name.value)) {
            context.reportError(
              new GraphQLError(`"${selection.name.value}" is not available.`, {
                nodes: [selection],
              }),
            )
          }
        }
        const count = rootFieldCount(context, node.selectionSet, new Set())
        if (count > limits.maxRootFields) {
          context.reportError(
            new GraphQLError(
              `An operation may select at most ${limits.maxRootFields} root fields; this one selects ${count}.`,
              { nodes: [node] },
            ),
          )
        }
      },
    })
    let aliases = 0
    const aliasCount: ValidationRule = (context): ASTVisitor => ({
      Field(node) {
        if (!node.alias) return
        aliases += 1
        if (aliases === limits.maxAliases + 1) {
          context.reportError(
            new GraphQLError(`A request may use at most ${limits.maxAliases} aliases.`, {
              nodes: [node],
            }),
          )
        }
      },
    })
    const noNul: ValidationRule = (context): ASTVisitor => ({
      Document(node) {
        if (containsNul(args.variableValues ?? {})) {
          context.reportError(
            new GraphQLError('Variables must not contain NUL characters.', { nodes: [node] }),
          )
        }
      },
      StringValue(node) {
        if (node.value.includes('\u0000')) {
          context.reportError(
            new GraphQLError('String arguments must not contain NUL characters.', {
              nodes: [node],
            }),
          )
        }
      },
    })
    return [rootFields, aliasCount, noNul]
  }
}
