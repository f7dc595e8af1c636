import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsLatitude, IsLongitude, IsOptional, IsUUID, Length,
  Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsDateTime } from '../common/validators.js';
import { Type } from 'class-transformer';
import { DisabilityCategory, OrganizationType } from '../common/domain.js';
import { EventKind, EventMode, EventService, EventStatus } from './event-vocab.js';

@InputType()
export class ServiceOfferInput {
  @Field(() => EventService) @IsEnum(EventService) service: EventService;
  @Field(() => Int) @IsInt() @Min(0) @Max(10000) quantity: number;
}

@InputType({ description: 'A whole event; saving replaces what was there' })
export class EventInput {
  @Field(() => EventKind) @IsEnum(EventKind) kind: EventKind;
  @Field(() => EventMode) @IsEnum(EventMode) mode: EventMode;
  @Field() @Length(2, 100) title: string;
  @Field({ defaultValue: '' }) @MaxLength(5000) description: string;
  @Field() @Length(2, 100) organizer: string;
  @Field(() => String, { nullable: true, description: 'County scope; empty for the whole city' })
  @IsOptional() countyCode?: string | null;
  @Field({ description: 'ISO 8601 date-time, e.g. 2026-12-03T09:00:00+08:00' }) @IsDateTime() startsAt: string;
  @Field() @IsDateTime() endsAt: string;
  @Field() @IsDateTime() registrationOpensAt: string;
  @Field() @IsDateTime() registrationClosesAt: string;
  @Field({ defaultValue: '' }) @MaxLength(100) venueName: string;
  @Field({ defaultValue: '' }) @MaxLength(200) address: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLatitude() latitude?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLongitude() longitude?: number | null;
  @Field({ defaultValue: '' }) @MaxLength(500) onlineUrl: string;
  @Field({ defaultValue: false }) @IsBoolean() stepFreeRoute: boolean;
  @Field({ defaultValue: false }) @IsBoolean() accessibleToilets: boolean;
  @Field({ defaultValue: false }) @IsBoolean() tactilePaving: boolean;
  @Field({ defaultValue: false }) @IsBoolean() quietRoom: boolean;
  @Field({ defaultValue: false }) @IsBoolean() accessibleParking: boolean;
  @Field({ defaultValue: false }) @IsBoolean() seating: boolean;
  @Field({ defaultValue: '' }) @MaxLength(1000) accessibilityNote: string;
  @Field(() => [ServiceOfferInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @Type(() => ServiceOfferInput) @ArrayMaxSize(10) services: ServiceOfferInput[];
  @Field(() => [Int], { defaultValue: [] }) @ArrayUnique() @IsInt({ each: true }) @Min(1950, { each: true }) @Max(2100, { each: true }) graduationYears: number[];
  @Field(() => [DisabilityCategory], { defaultValue: [] }) @ArrayUnique() @IsEnum(DisabilityCategory, { each: true }) targetCategories: DisabilityCategory[];
  @Field(() => [String], { defaultValue: [] }) @ArrayUnique() @ArrayMaxSize(20) targetCounties: string[];
  @Field(() => [OrganizationType], { defaultValue: [] }) @ArrayUnique() @IsEnum(OrganizationType, { each: true }) targetOrganizationTypes: OrganizationType[];
  @Field(() => Int) @IsInt() @Min(1) @Max(100000) seekerCapacity: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(10000) boothLimit: number;
  @Field({ defaultValue: true }) @IsBoolean() openToBoothApplications: boolean;
}

@InputType()
export class EventFilter {
  @Field(() => EventKind, { nullable: true }) @IsOptional() @IsEnum(EventKind) kind?: EventKind;
  @Field(() => EventMode, { nullable: true }) @IsOptional() @IsEnum(EventMode) mode?: EventMode;
  @Field(() => String, { nullable: true }) @IsOptional() countyCode?: string;
  @Field(() => String, { nullable: true, description: 'Events ending on or after this date (YYYY-MM-DD); default today' })
  @IsOptional() @IsCalendarDate() from?: string;
  @Field(() => String, { nullable: true, description: 'Events starting on or before this date' })
  @IsOptional() @IsCalendarDate() to?: string;
  @Field(() => EventStatus, { nullable: true, description: 'Staff only; others see published and finished events' })
  @IsOptional() @IsEnum(EventStatus) status?: EventStatus;
}

@InputType()
export class ServiceRequestInput {
  @Field(() => EventService) @IsEnum(EventService) service: EventService;
  @Field({ defaultValue: '' }) @MaxLength(500) notes: string;
}

@InputType()
export class BoothInput {
  @Field(() => ID) @IsUUID() eventId: string;
  @Field(() => [ID], { defaultValue: [] }) @ArrayUnique() @ArrayMaxSize(30) @IsUUID('all', { each: true }) postingIds: string[];
  @Field({ defaultValue: '' }) @MaxLength(1000) note: string;
}
