/** All a recused member is shown of a case: its reference, and why nothing else. */
export function RecusedNotice({ reference }: { reference: string }) {
  return (
    <div className="space-y-4">
      <h1>
        Case <span className="font-mono">{reference}</span>
      </h1>
      <p className="border-l-8 border-brand bg-slate-50 p-4">
        You are recused from this case. You can see its reference only, and you cannot take part in it or act on it.
      </p>
    </div>
  );
}
