import { useState } from 'react';
import {
  Button,
  Dialog,
  FieldError,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { choosePurpose, type Purpose, type SessionView } from './session';

/** The person says why they are looking; everything they ask is asked, and recorded, under that purpose. */
export function PurposeChooser({
  session,
  onChosen,
  onCancel,
}: {
  session: SessionView;
  onChosen: (session: SessionView) => void;
  onCancel?: () => void;
}) {
  const [selected, setSelected] = useState(session.purpose?.code ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [emergency, setEmergency] = useState<Purpose | null>(null);
  const byCode = new Map(session.purposes.map((purpose) => [purpose.code, purpose]));
  const ordinary = session.purposes.filter((purpose) => !purpose.breakGlass);
  const emergencies = session.purposes.filter((purpose) => purpose.breakGlass);

  const submit = async () => {
    const purpose = byCode.get(selected);
    if (!purpose) {
      setProblem('Choose why you are looking.');
      return;
    }
    if (purpose.breakGlass) {
      setEmergency(purpose);
      return;
    }
    try {
      onChosen(await choosePurpose(purpose.code));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const option = (purpose: Purpose) => (
    <Radio key={purpose.code} value={purpose.code} className="purpose-option">
      <span className="purpose-title">{purpose.title}</span>
      <span className="purpose-description">{purpose.description}</span>
      <span className="purpose-law">Legal basis: {purpose.legalBasis}</span>
    </Radio>
  );

  return (
    <main id="main" className="narrow">
      <h1>Why are you looking?</h1>
      <p>
        Choose the purpose of your work now. What you can see depends on it, and every record you open is logged with it. You can change it
        at any time.
      </p>
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <RadioGroup
          value={selected}
          onChange={(value) => {
            setSelected(value);
            setProblem(null);
          }}
          isRequired
          aria-label="Purpose of use"
        >
          <Label className="group-label">Everyday work</Label>
          {ordinary.map(option)}
          <Label className="group-label emergency-label">Emergency</Label>
          {emergencies.map(option)}
        </RadioGroup>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="actions">
          <Button type="submit" className="button primary">
            Continue
          </Button>
          {onCancel && (
            <Button className="button" onPress={onCancel}>
              Keep the current purpose
            </Button>
          )}
        </div>
      </Form>
      {emergency && (
        <BreakGlassDialog
          purpose={emergency}
          onCancel={() => setEmergency(null)}
          onConfirmed={(next) => {
            setEmergency(null);
            onChosen(next);
          }}
        />
      )}
    </main>
  );
}

/** Breaking the glass: says what it opens, and needs the emergency stated. */
export function BreakGlassDialog({
  purpose,
  onCancel,
  onConfirmed,
}: {
  purpose: Purpose;
  onCancel: () => void;
  onConfirmed: (session: SessionView) => void;
}) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    try {
      onConfirmed(await choosePurpose(purpose.code, reason.trim()));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title">Break the glass: {purpose.title.toLowerCase()}</Heading>
          <p>Use this only in an emergency, for example when the youth is missing and at risk.</p>
          <p>For one hour it opens only this, about a youth:</p>
          <ul className="emergency-set">
            {(purpose.emergencyAccess?.opens ?? []).map((opens) => (
              <li key={opens}>{opens}</li>
            ))}
          </ul>
          {purpose.emergencyAccess && <p>{purpose.emergencyAccess.neverOpens}</p>}
          <p>
            <strong>Every record you open is flagged for the privacy officer's review</strong>, with the reason you give.
          </p>
          <Form
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            <TextField value={reason} onChange={setReason} isRequired maxLength={500} validationBehavior="native" className="text-field">
              <Label>Describe the emergency (required)</Label>
              <TextArea rows={3} />
              <Text slot="description">
                For example: "Youth reported missing from placement tonight; police asking for last known address."
              </Text>
              <FieldError>Describe the emergency before breaking the glass.</FieldError>
            </TextField>
            {problem && (
              <p className="form-error" role="alert">
                {problem}
              </p>
            )}
            <div className="actions">
              <Button type="submit" className="button danger">
                Break the glass for one hour
              </Button>
              <Button className="button" onPress={onCancel}>
                Cancel
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
