import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationType, VerificationStatus } from '../common/domain.js';

@ObjectType({ description: '用人单位' })
@Entity('organization')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: '统一社会信用代码 (public on the business licence)' })
  @Column({ type: 'char', length: 18 })
  creditCode: string;

  @Field(() => OrganizationType)
  @Column({ type: 'text' })
  type: OrganizationType;

  @Field()
  @Column()
  countyCode: string;

  @Field()
  @Column()
  address: string;

  /** Members and staff only: resolved by a field resolver with a check. */
  @Column('int')
  staffCount: number;

  @Column({ type: 'int', nullable: true })
  establishedPosts: number | null;

  @Field({ description: 'A primary or middle school or kindergarten (excluded from the "at least one" rule)' })
  @Column()
  isSchool: boolean;

  @Field()
  @Column()
  description: string;

  @Column()
  contactName: string;

  @Column()
  contactPhone: string;

  @Field(() => VerificationStatus)
  @Column({ type: 'text' })
  verificationStatus: VerificationStatus;

  /** The staff's note on a verification (why it was rejected): members and staff only, see OrganizationsResolver. */
  @Column({ type: 'text', nullable: true })
  verificationNote: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy: string | null;

  /** When the organization was registered, or last resubmitted for checking: the queue's order. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Private fields of an organization, for its members and staff. */
@ObjectType({ description: '单位内部信息' })
export class OrganizationPrivateDetails {
  @Field(() => Int) staffCount: number;
  @Field(() => Int, { nullable: true }) establishedPosts: number | null;
  @Field() contactName: string;
  @Field() contactPhone: string;
}
