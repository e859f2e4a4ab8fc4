import { createActorContext } from '@xstate/react';
import { questionnaireMachine } from '../machine/questionnaire.machine';

/** The running questionnaire, shared by every screen: components select from it and send events. */
export const QuestionnaireContext = createActorContext(questionnaireMachine);

export const useStepSelector = QuestionnaireContext.useSelector;
export const useQuestionnaireRef = QuestionnaireContext.useActorRef;
