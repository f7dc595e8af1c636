import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DisabilityCategory, Education, EmploymentForm, EmploymentStatus, Gender, PriorityGroup, Residence } from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';

/**
 * 求职者档案. Disability data, the certificate number, phone and priority groups are sensitive: they are
 * not plain @Fields but go through SeekerFieldsResolver, which checks who asks and audits the read.
 */
@ObjectType({ description: '求职者档案' })
@Entity('seeker_profile')
export class SeekerProfile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Field()
  @Column()
  name: string;

  @Field(() => Gender)
  @Column({ type: 'text' })
  gender: Gender;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  birthDate: string;

  @Field()
  @Column()
  countyCode: string;

  @Field(() => Residence)
  @Column({ type: 'text' })
  residence: Residence;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  certificateEnc: Buffer | null;

  @Column({ type: 'char', length: 64, nullable: true, select: false })
  certificateHash: string | null;

  @Column({ type: 'text', nullable: true })
  certificateMasked: string | null;

  @Column({ type: 'text', nullable: true })
  category: DisabilityCategory | null;

  @Column({ type: 'smallint', nullable: true })
  level: number | null;

  @Field(() => Education)
  @Column({ type: 'text' })
  education: Education;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  graduateSchool: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  graduateYear: number | null;

  @Field(() => [String])
  @Column('text', { array: true })
  skills: string[];

  @Field()
  @Column()
  experience: string;

  @Column('text', { array: true })
  cannotDo: JobDemand[];

  @Column('text', { array: true })
  supportsMust: WorkplaceSupport[];

  @Column('text', { array: true })
  supportsNice: WorkplaceSupport[];

  @Field(() => [EmploymentForm])
  @Column('text', { array: true })
  preferredForms: EmploymentForm[];

  @Field(() => [String])
  @Column('text', { array: true })
  preferredCounties: string[];

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  payMin: number | null;

  @Column('text', { array: true })
  priorityGroups: PriorityGroup[];

  @Field(() => EmploymentStatus)
  @Column({ type: 'text' })
  employmentStatus: EmploymentStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
