import { ErrorCode, Permission, Role } from '@pj/shared';
import { isInterfaceType, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Authorized, Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { checkPermissions, requireUser } from '../auth/auth-checker.js';
import { badInput, DomainError } from '../common/domain-error.js';
import type { GraphQLContext } from './context.js';
import type { Loaders } from './loaders.js';
import { fromGlobalId, keyOf, Node } from './relay.js';

/**
 * Who may fetch a record of a `Node` type on its own. Any type not named here needs
 * READ_PATIENTS, the permission for clinical records, so a new type is never more open than a
 * patient's record until it is given a rule of its own.
 */
type NodeRule =
  | { permission: Permission }
  /** Signed in, and either the record is the caller's own or the caller may see others'. */
  | {
      own: (record: object, user: AuthUser) => boolean;
      others: (user: AuthUser) => boolean;
      /** Who may see others' records, as a refusal names them; default: an administrator. */
      othersAre?: string;
    };

const ADMINISTRATOR = (user: AuthUser) => user.roles.includes(Role.ADMINISTRATOR);

export const NODE_RULES: Readonly<Record<string, NodeRule>> = {
  // The work lists (wards and census, the theatre board, missions and staff) need only READ_WORKLISTS.
  Ward: { permission: Permission.READ_WORKLISTS },
  Bed: { permission: Permission.READ_WORKLISTS },
  Theatre: { permission: Permission.READ_WORKLISTS },
  Mission: { permission: Permission.READ_WORKLISTS },
  StaffMember: { permission: Permission.READ_WORKLISTS },
  // A logbook entry: its owner's (through their staff record), or anyone's with READ_TRAINING.
  LogbookEntry: {
    own: (record, user) => user.staffMemberId != null && (record as { staffMember: { id: string } }).staffMember.id === user.staffMemberId,
    others: (user) => user.permissions.has(Permission.READ_TRAINING),
    othersAre: 'a role that reads training records (READ_TRAINING)',
  },
  // A user's own account and API tokens; administrators any.
  User: {
    own: (record, user) => (record as { id: string }).id === user.id,
    others: ADMINISTRATOR,
  },
  ApiToken: {
    own: (record, user) => (record as { user: { id: string } }).user.id === user.id,
    others: ADMINISTRATOR,
  },
};

export const DEFAULT_NODE_PERMISSION = Permission.READ_PATIENTS;

/** The loader of a Node type, by the naming rule: the type's name with a lower-case first letter. */
export function nodeLoaderName(typeName: string): string {
  return typeName.charAt(0).toLowerCase() + typeName.slice(1);
}

/** The object types of the schema that implement `Node`. */
export function nodeTypeNames(schema: GraphQLSchema): string[] {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) return [];
  return schema.getPossibleTypes(node).map((type) => type.name);
}

function loaderOf(loaders: Loaders, typeName: string): { load(key: string): Promise<object | null> } | null {
  const loader = (loaders as unknown as Record<string, unknown>)[nodeLoaderName(typeName)];
  return loader && typeof (loader as { load?: unknown }).load === 'function' ? (loader as { load(key: string): Promise<object | null> }) : null;
}

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global ID, with the permission of its type: wards, beds, theatres, missions and staff need work-list access; ' +
      'a user account or API token only by its owner and administrators; a logbook entry by its owner and READ_TRAINING; everything else needs access to patient records. ' +
      'A well-formed ID that matches no record gives null; a malformed ID is BAD_USER_INPUT with reason INVALID_ID.',
  })
  async node(@Arg('id', () => ID, { description: 'The global ID, as returned in the `id` field of any object.' }) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    const typeName = fromGlobalId(id)?.type ?? '';
    const type = info.schema.getType(typeName);
    const loader = isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node') ? loaderOf(ctx.loaders, typeName) : null;
    // An ID no Node type could have is malformed, whatever it decodes to.
    if (!loader) throw badInput('id', `"${id}" is not the ID of any object`, 'INVALID_ID');
    const key = keyOf(id, typeName, 'id');
    const rule = NODE_RULES[typeName] ?? { permission: DEFAULT_NODE_PERMISSION };
    if ('permission' in rule) {
      checkPermissions(ctx, [rule.permission]);
      return (await loader.load(key)) as Node | null;
    }
    const user = requireUser(ctx);
    const record = await loader.load(key);
    if (!record || rule.others(user) || rule.own(record, user)) return record as Node | null;
    throw new DomainError(ErrorCode.FORBIDDEN, `Your role does not allow this (only the owner or ${rule.othersAre ?? 'an administrator'} may see this ${typeName})`, {
      reason: 'MISSING_PERMISSION',
    });
  }
}
