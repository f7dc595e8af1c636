import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A county-level division of the city (县区), loaded from the region file. */
@ObjectType({ description: '县区' })
@Entity('county')
export class County {
  @Field({ description: 'Administrative division code, e.g. 411521' })
  @PrimaryColumn()
  code: string;

  @Column()
  cityCode: string;

  @Field()
  @Column()
  nameZh: string;

  @Field()
  @Column()
  nameEn: string;

  @Field(() => Float)
  @Column('double precision')
  latitude: number;

  @Field(() => Float)
  @Column('double precision')
  longitude: number;

  @Column()
  sortOrder: number;
}
