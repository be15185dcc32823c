import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './relay.js';

/**
 * A Relay connection type for `nodeType`. `totalCount` is a method, so the count query runs
 * only when a client asks for it. `addFields` declares fields of this connection alone (with
 * `Field(…)(type.prototype, name)`), before the type is registered.
 */
export function Connection<TNode extends object>(
  name: string,
  nodeType: ClassType<TNode> | (abstract new () => TNode),
  addFields?: (type: ClassType) => void,
) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge; pass it as `after` for the rows after it, or `before` for the rows before it.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} at this place in the list.` })
    node!: TNode;
  }

  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in order, each with its cursor.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether there is more after this page, and the cursors to ask for it.' })
    pageInfo!: PageInfo;

    /** Counts every matching item; runs only when `totalCount` is asked for. */
    count!: () => Promise<number>;

    @Field(() => Int, { description: 'How many items match in all (one extra count query).' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }

  addFields?.(ConnectionType);
  ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })(ConnectionType);
  return ConnectionType;
}
