/** Where to go for what CCMC cannot deal with (DOMAIN: referrals for matters outside the Code). */
export function ElsewhereList() {
  return (
    <ul className="list-disc space-y-2 pl-6">
      <li>
        <strong>A nurse, social worker or other licensed professional who is not a CCM:</strong> contact the state licensing board that issued their
        licence.
      </li>
      <li>
        <strong>Care, services, bills or how an organisation treated you:</strong> contact the employer, the insurer or payer, or their complaints
        department.
      </li>
      <li>
        <strong>Someone is in danger, or a crime may have been committed:</strong> contact the police or emergency services first.
      </li>
      <li>
        <strong>Compensation:</strong> CCMC cannot award money or change a care plan. A lawyer or consumer advice service can help.
      </li>
    </ul>
  );
}
