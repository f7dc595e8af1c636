import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AdministrativeLevel } from '../../policy/policy-vocab.js';

/** numeric columns arrive as strings; amounts here are yuan with two decimals, well inside a double. */
const decimal = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType({ description: '单位年度数据：在职职工人数、年平均工资（按比例就业与保障金的计算依据）' })
@Entity('organization_year')
export class OrganizationYear {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  organizationId: string;

  @Field(() => Int)
  @PrimaryColumn('smallint')
  year: number;

  @Field(() => Int, { description: '在职职工人数: annual average staff' })
  @Column('int')
  staffCount: number;

  @Field(() => Float, { nullable: true, description: '在职职工年平均工资, yuan a year' })
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: decimal })
  averageWage: number | null;

  @Field(() => Int, { nullable: true, description: '编制数 (agencies and public institutions)' })
  @Column({ type: 'int', nullable: true })
  establishedPosts: number | null;

  @Field(() => AdministrativeLevel, { nullable: true, description: 'When null, read from the credit code' })
  @Column({ type: 'text', nullable: true })
  administrativeLevel: AdministrativeLevel | null;

  @Column({ type: 'uuid', nullable: true })
  enteredBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
