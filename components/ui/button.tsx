import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "bg-slate-200 text-slate-900 hover:bg-slate-300",
  danger: "bg-danger text-white hover:bg-red-900",
} as const;

export function Button({
  variant = "primary",
  className = "",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return (
    <button
      className={`inline-flex min-h-11 items-center justify-center px-5 py-2 font-semibold shadow-[0_2px_0_#0b0c0c] disabled:opacity-60 ${variants[variant]} ${className}`}
      {...rest}
    />
  );
}
