import { useApp } from './context';
import { StepHeading } from './StepHeading';

export function MergeStep() {
  const { t } = useApp();
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.merge')}</StepHeading>
    </section>
  );
}
