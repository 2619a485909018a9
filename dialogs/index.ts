/** All dialogs of the conversation, registered in the one DialogSet every channel shares. */
import type { DialogSet } from 'botbuilder-dialogs';
import type { BotServices } from '../src/bot/services';
import { alertDialog } from './alert';
import { contactRequestDialog } from './contact-request';
import { educationDialog } from './education';
import { forgetDeviceDialog } from './forget-device';
import { goalDialog } from './goal';
import { handoffDialog } from './handoff';
import { interestsDialog } from './interests';
import { linkCodeDialog } from './linking';
import { menuDialog } from './menu';
import { nameDialog } from './name';
import { languageDialog, onboardingDialog } from './onboarding';
import { partnerDialog } from './partner';
import { deleteDialog } from './privacy';
import { profileDialog } from './profile';
import { returningDialog } from './returning';
import { situationDialog } from './situation';
import { skillDetailsDialog } from './skill-details';
import { skillsDialog } from './skills';
import { summaryDialog } from './summary';
import { visibilityDialog } from './visibility';
import { welcomeDialog } from './welcome';
import { placeDialog, wishesDialog } from './wishes';

/** Adds every dialog to the set, each given the ports it needs (its factory's signature names them). */
export function registerDialogs(set: DialogSet, services: BotServices): DialogSet {
  const { profiles, vocabulary, understander, proposals, transcripts, linking, contactRequests, handoffs, partners, trainingCatalog, config, usage, log } = services;
  const shown = { proposals, usage, log };
  const dialogs = [
    onboardingDialog({ config, linking, profiles, transcripts }),
    languageDialog({ config, linking, profiles }),
    profileDialog(shown),
    situationDialog({ profiles }),
    skillsDialog({ profiles, vocabulary, understander }),
    goalDialog({ profiles, vocabulary }),
    skillDetailsDialog({ profiles }),
    nameDialog({ profiles }),
    interestsDialog({ profiles }),
    educationDialog({ profiles }),
    wishesDialog({ profiles }),
    placeDialog({ profiles }),
    visibilityDialog({ profiles }),
    alertDialog({ profiles }),
    summaryDialog({ ...shown, vocabulary }),
    returningDialog({ proposals }),
    menuDialog({ linking }),
    deleteDialog({ profiles }),
    forgetDeviceDialog({ linking, profiles }),
    linkCodeDialog({ linking, profiles, transcripts }),
    contactRequestDialog({ contactRequests }),
    handoffDialog({ handoffs, vocabulary }),
    partnerDialog({ partners, profiles, proposals, vocabulary }),
    welcomeDialog({ profiles, proposals, trainingCatalog }),
  ];
  for (const dialog of dialogs) set.add(dialog);
  return set;
}
