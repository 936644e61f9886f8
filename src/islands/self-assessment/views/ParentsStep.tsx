import { useApp } from './context';
import { StepHeading } from './StepHeading';

export function ParentsStep() {
  const { t } = useApp();
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.parents')}</StepHeading>
    </section>
  );
}
