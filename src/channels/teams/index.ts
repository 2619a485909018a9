/** The Teams channel (HR people). */
export { createTeamsChannel, TEAMS_MESSAGES_PATH, type TeamsChannel, type TeamsChannelOptions } from './channel';
export { createTeamsAdapter, isLocalServiceUrl, LotseTeamsAdapter, teamsMessenger, type TeamsConfig } from './adapter';
