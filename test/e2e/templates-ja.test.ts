// The wizard from each of the seven templates to generated sheets, in Japanese (see templates.ts).
import { wizardFromEveryTemplate } from "./templates";

wizardFromEveryTemplate("ja");
