import { Icon, type IconName } from './Icon';

/** A `<select>` over a fixed list of choices, each shown by `label(choice)`. */
export function ChoiceSelect<T extends string>(props: {
  id: string;
  value: T;
  choices: readonly T[];
  label: (choice: T) => string;
  onChange: (choice: T) => void;
}) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
      {props.choices.map((c) => (
        <option key={c} value={c}>
          {props.label(c)}
        </option>
      ))}
    </select>
  );
}

/** A form's primary submit button, then its error (if any) as an alert. */
export function SubmitAndError({
  icon,
  label,
  error,
}: {
  icon: IconName;
  label: string;
  error: string | null;
}) {
  return (
    <>
      <button className="btn primary" type="submit">
        <Icon name={icon} />
        <span>{label}</span>
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
