import { useState } from 'react';
import { Modal } from '../../shell/Modal';
import { useT } from '../../i18n/setup';

export interface VetoConfirmProps {
  effect: 'veto' | 'barExcellent';
  unitName: string;
  itemName: string;
  /** The reason already on the cell, if any. */
  reason: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** A veto (一票否决) or 否优项 mark is saved only with its reason, after a confirmation naming the unit. */
export function VetoConfirm({ effect, unitName, itemName, reason: initial, onConfirm, onCancel }: VetoConfirmProps) {
  const t = useT();
  const [reason, setReason] = useState(initial);
  const [refused, setRefused] = useState(false);
  const confirm = () => {
    if (!reason.trim()) {
      setRefused(true);
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <Modal
      title={t(effect === 'veto' ? 'grid.vetoTitle' : 'grid.barTitle')}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            {t('grid.cancel')}
          </button>
          <button type="button" className="primary danger" onClick={confirm}>
            {t('grid.vetoSave')}
          </button>
        </>
      }
    >
      <p>{t(effect === 'veto' ? 'grid.vetoConfirm' : 'grid.barConfirm', { unit: unitName, item: itemName })}</p>
      <label className="field">
        <span>{t('grid.vetoReason')}</span>
        <textarea
          rows={3}
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
        />
      </label>
      {refused && (
        <p className="field-error" role="alert">
          {t('grid.vetoReasonRequired')}
        </p>
      )}
    </Modal>
  );
}
