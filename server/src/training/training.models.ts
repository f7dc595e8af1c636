// GraphQL shapes of training that are not rows: a certificate as the résumé and the talent pool show it, a
// talent-pool entry, and the register (a session's marks, a person's attendance figure).
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Education, EmploymentStatus } from '../common/domain.js';
import { Paginated } from '../common/pagination.js';
import { CertificateKind } from './training-vocab.js';

@ObjectType({ description: '培训证书（残联记录的结业）' })
export class TrainingCertificate {
  @Field(() => ID) enrolmentId: string;
  @Field() courseTitle: string;
  @Field(() => CertificateKind, { nullable: true, description: 'null: completed without a certificate' }) certificateKind: CertificateKind | null;
  @Field() certificateLevel: string;
  @Field(() => String, { nullable: true, description: 'Staff and the person only' }) certificateNumber: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) issuedOn: string | null;
  @Field(() => [String], { description: 'Skills the course taught' }) skills: string[];
}

@ObjectType({ description: '残疾人技能人才库中的一人（雇主看到的已脱敏）' })
export class TalentPoolEntry {
  @Field(() => ID) seekerId: string;
  @Field({ description: 'Staff: the full name; employers: surname and stars (张*)' }) displayName: string;
  @Field() countyCode: string;
  @Field(() => Education) education: Education;
  @Field(() => [String]) skills: string[];
  @Field(() => [TrainingCertificate]) certificates: TrainingCertificate[];
  @Field(() => EmploymentStatus, { nullable: true, description: 'Staff only' }) employmentStatus: EmploymentStatus | null;
}

export const TalentPoolPage = Paginated(TalentPoolEntry, 'TalentPoolPage');

@ObjectType({ description: '出勤：到课次数 / 已上课次数（按考勤登记计算，见 docs/counting.md）' })
export class AttendanceFigure {
  @Field(() => Int, { description: 'Sessions attended: the registers marking the person present (plus any count from before the register)' }) attended: number;
  @Field(() => Int, { description: 'Sessions held for the person: the registers they are on (plus any count from before the register)' }) held: number;
  @Field(() => Int, { nullable: true, description: 'attended / held as a whole percentage, rounded half up; null while nothing is held' }) percent: number | null;
  @Field(() => [String], { description: 'Dates marked absent (YYYY-MM-DD), earliest first' }) absentOn: string[];
}

@ObjectType({ description: '一个人在一次课上的出勤' })
export class AttendanceMark {
  @Field(() => ID) enrolmentId: string;
  @Field() present: boolean;
}

@ObjectType({ description: '一次课的考勤登记（记录后即算“已上课”）' })
export class CourseSession {
  @Field({ description: 'YYYY-MM-DD' }) sessionDate: string;
  @Field(() => Int) present: number;
  @Field(() => Int) absent: number;
  @Field(() => [AttendanceMark]) marks: AttendanceMark[];
}
