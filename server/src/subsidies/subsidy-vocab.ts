// Codes of the subsidies feature (registered as GraphQL enums by subsidies.module.ts).
/** An application: waiting (SUBMITTED) until staff approve or reject it, or the applicant withdraws it while it waits. */
export enum ApplicationState { SUBMITTED = 'SUBMITTED', APPROVED = 'APPROVED', REJECTED = 'REJECTED', WITHDRAWN = 'WITHDRAWN' }

/** What of a catalogue entry no source states: shown as 待核实 */
export enum UnverifiedPart { AMOUNT = 'AMOUNT', CLAIMANT = 'CLAIMANT', CONDITIONS = 'CONDITIONS' }
