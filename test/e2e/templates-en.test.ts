// The wizard from each of the seven templates to generated sheets, in English (see templates.ts).
import { wizardFromEveryTemplate } from "./templates";

wizardFromEveryTemplate("en");
