// The kinds of workshops and bases, in the order the screens list them (plan sections （四）（五）（六）).
import type { WorkshopKind } from '../gql/graphql';

export const WORKSHOP_KINDS: readonly WorkshopKind[] = ['BEAUTIFUL_WORKSHOP', 'ASSISTED_EMPLOYMENT', 'SUPPORT_WORKSHOP', 'RURAL_BASE', 'HOME_BASED_PROVIDER'] as WorkshopKind[];

export const isWorkshopKind = (v: string): v is WorkshopKind => (WORKSHOP_KINDS as readonly string[]).includes(v);
