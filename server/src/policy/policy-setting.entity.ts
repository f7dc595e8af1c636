// A policy number staff can see and change (the ratio, the wage figures ...), with its source, and its history.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSON } from '../graphql/json.scalar.js';

@ObjectType({ description: '政策设定（比例、工资标准等），注明依据' })
@Entity('policy_setting')
export class PolicySetting {
  @Field({ description: 'e.g. quota.ratioPercent' })
  @PrimaryColumn('text')
  key: string;

  @Field(() => GraphQLJSON)
  @Column('jsonb')
  value: unknown;

  @Field({ description: 'The regulation or publication the value comes from' })
  @Column('text')
  source: string;

  @Field({ description: 'false: a figure marked "to be confirmed" that no city-wide staff member has saved yet' })
  @Column()
  confirmed: boolean;

  @Field(() => ID, { nullable: true, description: 'null: the default from the policy file' })
  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: '政策设定的修改记录' })
@Entity('policy_setting_change')
export class PolicySettingChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field()
  @Column('text')
  key: string;

  @Field(() => GraphQLJSON)
  @Column('jsonb')
  oldValue: unknown;

  @Field(() => GraphQLJSON)
  @Column('jsonb')
  newValue: unknown;

  @Field()
  @Column('text')
  oldSource: string;

  @Field()
  @Column('text')
  newSource: string;

  @Field()
  @Column('text')
  note: string;

  @Field(() => ID)
  @Column('uuid')
  changedBy: string;

  /** Not a column: filled by PolicySettingsService.history (staff read the history; a display name only). */
  @Field(() => String, { nullable: true, description: 'Display name of who made the change' })
  changedByName?: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  changedAt: Date;
}
