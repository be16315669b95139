import type { People } from '../../../shared/assessment/people';
import type { Evaluator } from '../../../shared/assessment/schema';
import { useT } from '../../i18n/setup';
import { freshId } from './unit-list';

const ROLES: Evaluator['role'][] = ['leader', 'deputy', 'member'];

/** The evaluators: name, role in the team, department, team, weight. */
export function EvaluatorsTable({
  people,
  disabled,
  onChange,
}: {
  people: People;
  disabled: boolean;
  onChange: (evaluators: Evaluator[]) => void;
}) {
  const t = useT();
  const list = people.evaluators;
  const set = (i: number, patch: Partial<Evaluator>) => onChange(list.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <div className="panel">
      <header className="panel-header">
        <h2>{t('people.evaluators')}</h2>
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            onChange([
              ...list,
              {
                id: freshId(
                  'e',
                  list.map((e) => e.id),
                ),
                name: t('people.newEvaluator'),
                role: 'member',
                department: '',
                teamId: people.teams[0]?.id ?? null,
                weight: 1,
                assignment: null,
              },
            ])
          }
        >
          {t('people.addEvaluator')}
        </button>
      </header>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('people.name')}</th>
            <th>{t('people.role')}</th>
            <th>{t('people.department')}</th>
            <th>{t('people.team')}</th>
            <th className="num">{t('people.weight')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((e, i) => (
            <tr key={e.id}>
              <td>
                <input
                  aria-label={t('people.name')}
                  disabled={disabled}
                  value={e.name}
                  onChange={(x) => set(i, { name: x.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={t('people.role')}
                  disabled={disabled}
                  value={e.role}
                  onChange={(x) => set(i, { role: x.target.value as Evaluator['role'] })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`people.role.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={t('people.department')}
                  disabled={disabled}
                  value={e.department}
                  onChange={(x) => set(i, { department: x.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={t('people.team')}
                  disabled={disabled}
                  value={e.teamId ?? ''}
                  onChange={(x) => set(i, { teamId: x.target.value || null })}
                >
                  <option value="">{t('people.noTeam')}</option>
                  {people.teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </select>
              </td>
              <td className="num">
                <input
                  className="narrow num"
                  type="number"
                  min={0.1}
                  step={0.5}
                  aria-label={t('people.weight')}
                  disabled={disabled}
                  value={e.weight}
                  onChange={(x) => Number(x.target.value) > 0 && set(i, { weight: Number(x.target.value) })}
                />
              </td>
              <td>
                <button type="button" className="link-button" disabled={disabled} onClick={() => onChange(list.filter((_, j) => j !== i))}>
                  {t('scoring.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
