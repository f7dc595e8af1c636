import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ActionLine, EmploymentForm, PlacementSource } from '../common/domain.js';

@ObjectType({ description: '就业登记' })
@Entity('placement')
export class Placement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  seekerId: string;

  @Field(() => ID)
  @Column('uuid')
  organizationId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  postingId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Field(() => EmploymentForm)
  @Column({ type: 'text' })
  employmentForm: EmploymentForm;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => ActionLine)
  @Column({ type: 'text' })
  actionLine: ActionLine;

  @Field()
  @Column()
  countyCode: string;

  @Field(() => PlacementSource)
  @Column({ type: 'text' })
  source: PlacementSource;

  @Field()
  @Column()
  note: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
