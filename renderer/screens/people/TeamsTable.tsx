import type { People } from '../../../shared/assessment/people';
import type { Assessment, Team } from '../../../shared/assessment/schema';
import { useT } from '../../i18n/setup';
import { freshId } from './unit-list';

function toggle(list: string[] | null, id: string, all: string[]): string[] | null {
  const current = list ?? all;
  const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  return next.length === all.length ? null : next;
}

/** The teams: which units each visits and which first-level indicators it scores (all, unless narrowed). */
export function TeamsTable({
  doc,
  people,
  disabled,
  onChange,
}: {
  doc: Assessment;
  people: People;
  disabled: boolean;
  onChange: (teams: Team[]) => void;
}) {
  const t = useT();
  const unitIds = people.units.map((u) => u.id);
  const sectionIds = doc.scheme.criteria.map((c) => c.id);
  const set = (i: number, patch: Partial<Team>) => onChange(people.teams.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div className="panel">
      <header className="panel-header">
        <h2>{t('people.teams')}</h2>
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            onChange([
              ...people.teams,
              {
                id: freshId(
                  't',
                  people.teams.map((x) => x.id),
                ),
                name: t('people.newTeam'),
                assignment: { unitIds: null, criterionIds: null },
              },
            ])
          }
        >
          {t('people.addTeam')}
        </button>
      </header>
      {people.teams.length === 0 && <p className="muted">{t('people.noTeams')}</p>}
      {people.teams.map((team, i) => (
        <div key={team.id} className="team-card">
          <div className="team-head">
            <input
              aria-label={t('people.teamName')}
              disabled={disabled}
              value={team.name}
              onChange={(e) => set(i, { name: e.target.value })}
            />
            <span className="muted">
              {t('people.members', {
                names:
                  people.evaluators
                    .filter((e) => e.teamId === team.id)
                    .map((e) => e.name)
                    .join(t('list.enumeration')) || '—',
              })}
            </span>
            <button
              type="button"
              className="link-button"
              disabled={disabled}
              onClick={() => onChange(people.teams.filter((_, j) => j !== i))}
            >
              {t('scoring.remove')}
            </button>
          </div>
          <div className="chips" role="group" aria-label={t('people.teamUnits', { name: team.name })}>
            <span className="muted">{t('people.unitsScored')}</span>
            {people.units.map((u) => {
              const on = team.assignment.unitIds === null || team.assignment.unitIds.includes(u.id);
              return (
                <button
                  key={u.id}
                  type="button"
                  disabled={disabled}
                  className={on ? 'chip on' : 'chip'}
                  aria-pressed={on}
                  onClick={() => set(i, { assignment: { ...team.assignment, unitIds: toggle(team.assignment.unitIds, u.id, unitIds) } })}
                >
                  {u.name}
                </button>
              );
            })}
          </div>
          <div className="chips" role="group" aria-label={t('people.teamCriteria', { name: team.name })}>
            <span className="muted">{t('people.criteriaScored')}</span>
            {doc.scheme.criteria.map((c) => {
              const on = team.assignment.criterionIds === null || team.assignment.criterionIds.includes(c.id);
              return (
                <button
                  key={c.id}
                  type="button"
                  disabled={disabled}
                  title={c.title}
                  className={on ? 'chip on' : 'chip'}
                  aria-pressed={on}
                  onClick={() =>
                    set(i, { assignment: { ...team.assignment, criterionIds: toggle(team.assignment.criterionIds, c.id, sectionIds) } })
                  }
                >{`${c.number}${c.title.slice(0, 8)}`}</button>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
