import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../common/domain.js';

@ObjectType({ description: '用户账号' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** Never a @Field. */
  @Column({ select: false })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Field()
  @Column()
  displayName: string;

  /** Staff only: null means city-wide. */
  @Field(() => String, { nullable: true, description: 'Staff area: a county code, or null for the whole city' })
  @Column({ type: 'varchar', nullable: true })
  scopeCountyCode: string | null;

  @Field()
  @Column()
  locale: string;

  /** Set with a one-time password: until the person sets their own, the API answers nothing else (see must-change-password.ts). */
  @Field({ description: 'The account signed in with a one-time password and must set its own before doing anything else' })
  @Column({ default: false })
  mustChangePassword: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Not a column: set only on the answer of createStaffUser when the server made the password. */
  @Field(() => String, { nullable: true, description: 'Only in createStaffUser\'s answer, when the server made a one-time password: shown once, stored only as a hash' })
  oneTimePassword?: string | null;
}
