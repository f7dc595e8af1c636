import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DisabilityCategory, OrganizationType } from '../common/domain.js';
import { EventKind, EventMode, EventStatus } from './event-vocab.js';

@ObjectType({ description: '招聘会（专场招聘、残疾人高校毕业生双选会）' })
@Entity('recruitment_event')
export class RecruitmentEvent {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => EventKind) @Column({ type: 'text' }) kind: EventKind;
  @Field(() => EventMode) @Column({ type: 'text' }) mode: EventMode;
  @Field() @Column() title: string;
  @Field() @Column() description: string;
  @Field({ description: 'The organizing unit, e.g. 信阳市残疾人联合会' }) @Column() organizer: string;
  @Field(() => String, { nullable: true, description: 'County scope; null for the whole city' })
  @Column({ type: 'varchar', nullable: true }) countyCode: string | null;
  @Field() @Column({ type: 'timestamptz' }) startsAt: Date;
  @Field() @Column({ type: 'timestamptz' }) endsAt: Date;
  @Field() @Column({ type: 'timestamptz' }) registrationOpensAt: Date;
  @Field() @Column({ type: 'timestamptz' }) registrationClosesAt: Date;
  @Field() @Column() venueName: string;
  @Field() @Column() address: string;
  @Field(() => Float, { nullable: true }) @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Field(() => Float, { nullable: true }) @Column({ type: 'double precision', nullable: true }) longitude: number | null;
  @Field() @Column() onlineUrl: string;
  @Field({ description: '无障碍通道' }) @Column() stepFreeRoute: boolean;
  @Field({ description: '无障碍卫生间' }) @Column() accessibleToilets: boolean;
  @Field({ description: '盲道' }) @Column() tactilePaving: boolean;
  @Field({ description: '安静休息室' }) @Column() quietRoom: boolean;
  @Field({ description: '无障碍停车位' }) @Column() accessibleParking: boolean;
  @Field({ description: '休息座椅' }) @Column() seating: boolean;
  @Field() @Column() accessibilityNote: string;
  @Field(() => [Int], { description: 'GRADUATE: graduation years that may attend; empty for any' })
  @Column('int', { array: true }) graduationYears: number[];
  @Field(() => [DisabilityCategory], { description: 'TARGETED: categories that may attend; empty for any' })
  @Column('text', { array: true }) targetCategories: DisabilityCategory[];
  @Field(() => [String], { description: 'TARGETED: counties whose residents may attend; empty for any' })
  @Column('text', { array: true }) targetCounties: string[];
  @Field(() => [OrganizationType], { description: 'TARGETED: employer types invited' })
  @Column('text', { array: true }) targetOrganizationTypes: OrganizationType[];
  @Field(() => Int) @Column('int') seekerCapacity: number;
  @Field(() => Int) @Column('int') registeredCount: number;
  @Column('bigint') arrivals: string;
  @Field(() => Int) @Column('int') boothLimit: number;
  @Field(() => Int) @Column('int') boothCount: number;
  @Field() @Column() openToBoothApplications: boolean;
  @Field(() => EventStatus) @Column({ type: 'text' }) status: EventStatus;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
