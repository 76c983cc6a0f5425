import type { CallName } from '../../../../shared/contract/calls';
import type { CallOutput, ParsedInput } from '../../../../shared/contract/contract';
import type { CallContext } from '../call-context';

/** One function per call; inputs arrive validated and access-checked by the router. */
export type Handlers = {
  [K in CallName]: (input: ParsedInput<K>, context: CallContext) => CallOutput<K> | Promise<CallOutput<K>>;
};

type Namespace = CallName extends `${infer NS}.${string}` ? NS : never;

/** The handlers of one namespace, as one file under handlers/ provides them. */
export type NamespaceHandlers<NS extends Namespace> = Pick<Handlers, Extract<CallName, `${NS}.${string}`>>;
