// Vocabulary of quarterly submissions (issue 15).
import { registerEnums } from '../../graphql/enums.js';

/** A version's state: signed and sent to the city, or sent back by the city with a reason. */
export enum SubmissionStatus { SUBMITTED = 'SUBMITTED', RETURNED = 'RETURNED' }

/** Where a county stands for a quarter: its latest version's status, or nothing sent yet. */
export enum QuarterSubmissionState { NOT_SUBMITTED = 'NOT_SUBMITTED', SUBMITTED = 'SUBMITTED', RETURNED = 'RETURNED' }

registerEnums([
  [SubmissionStatus, 'SubmissionStatus', '季度报表版本状态'],
  [QuarterSubmissionState, 'QuarterSubmissionState', '县区季度报表报送状态'],
]);
