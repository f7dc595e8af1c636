// GraphQL shapes of training that are not rows: a certificate as the résumé and the talent pool show it, and a
// talent-pool entry.
import { Field, ID, ObjectType } from '@nestjs/graphql';
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
