import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";

/**
 * The number to check, sent as a plain GET form to /verifier (which opens the result page): it works
 * without JavaScript, as a QR code scan or a pasted link does.
 */
export function NumeroForm({ defaultValue = "", error }: { defaultValue?: string; error?: string }) {
  return (
    <form method="get" action="/verifier" noValidate>
      <Input
        label="Numéro du parchemin"
        hintText="11 caractères, par exemple 7KQ2-M9XD-4TR"
        state={error ? "error" : "default"}
        stateRelatedMessage={error}
        nativeInputProps={{
          name: "numero",
          defaultValue,
          autoComplete: "off",
          autoCapitalize: "characters",
          spellCheck: false,
          maxLength: 64,
          required: true,
        }}
      />
      <Button type="submit">Vérifier</Button>
    </form>
  );
}
