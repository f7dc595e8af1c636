// Buttons do things, links go places: both get the same large target and visible focus.
import type { ComponentProps, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

const cls = (variant: Variant, extra?: string) =>
  ['button', variant === 'primary' ? '' : variant, extra ?? ''].filter(Boolean).join(' ');

export function Button({ variant = 'primary', className, type = 'button', ...rest }: ComponentProps<'button'> & {
  variant?: Variant;
}) {
  return <button type={type} className={cls(variant, className)} {...rest} />;
}

export function ButtonLink({ variant = 'primary', className, ...rest }: LinkProps & { variant?: Variant }) {
  return <Link className={cls(variant, className)} {...rest} />;
}

export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="button-row">{children}</div>;
}
