import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from './notification-kind.js';

/** In-app notification. Stored as a kind and parameters; the text is written in the reader's language. */
@ObjectType({ description: '站内通知' })
@Entity('notification')
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Field(() => NotificationKind) @Column({ type: 'text' }) kind: NotificationKind;
  @Column({ type: 'jsonb' }) params: Record<string, string | number>;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) eventId: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
}
