export interface ImpartialityViewerData {
  declares: boolean;
  rules: boolean;
  rulingRefusal: string | null;
  isStaff: boolean;
  ownDeclaration: string | undefined;
  staff: { value: string; label: string }[];
}
