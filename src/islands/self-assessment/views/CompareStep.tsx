import { useApp } from './context';
import { StepHeading } from './StepHeading';

export function CompareStep() {
  const { t } = useApp();
  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.compare')}</StepHeading>
    </section>
  );
}
